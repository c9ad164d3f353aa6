# core/storage tests for the catalog, subscriptions and documents repositories.
