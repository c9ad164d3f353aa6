// Runs billing on a company file and stops just before the commit, so tst_billingrun can kill it
// there: prints WRITTEN once every row of the run is written inside the open transaction.
#include "billing/BillingRunner.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace subdesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    SystemClock clock;
    auto company = storage::CompanyFile::open(QString::fromLocal8Bit(argv[1]), {}, clock);
    if (!company) {
        std::fprintf(stderr, "%s\n", qPrintable(company.error().message));
        return 1;
    }
    bool planned = false;
    auto run = (*company)->billing().run(QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate),
                                         [&](int done, int total) {
                                             // The runner reports done == total once after planning
                                             // and once more after writing, before its commit.
                                             if (done == total && planned) {
                                                 std::printf("WRITTEN\n");
                                                 std::fflush(stdout);
                                                 QThread::sleep(60);
                                             }
                                             if (done == total)
                                                 planned = true;
                                             return true;
                                         });
    return run ? 0 : 1;
}
