#pragma once

#include "Result.h"

#include <memory>

namespace subdesk {

/**
 * One all-or-nothing write spanning several repositories (a new subscription, its first event and
 * its first document). Destroying it without a successful commit() rolls everything back.
 * Units nest: an inner unit's commit only makes its part final when the outer one commits.
 */
class UnitOfWork
{
public:
    virtual ~UnitOfWork() = default;
    virtual Status commit() = 0;
};

/** Starts units of work on the company database (core/storage implements it with savepoints). */
class UnitOfWorkFactory
{
public:
    virtual ~UnitOfWorkFactory() = default;
    virtual Result<std::unique_ptr<UnitOfWork>> begin() = 0;
};

} // namespace subdesk
