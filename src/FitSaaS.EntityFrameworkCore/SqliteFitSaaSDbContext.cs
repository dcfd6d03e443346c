using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>The context on SQLite (embedded profile); owns <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteFitSaaSDbContext(DbContextOptions<SqliteFitSaaSDbContext> options, FitSaaSDbContextDependencies dependencies)
    : FitSaaSDbContext(options, dependencies);
