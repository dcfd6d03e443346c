using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>The context on PostgreSQL (distributed profile); owns <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlFitSaaSDbContext(DbContextOptions<PostgreSqlFitSaaSDbContext> options, FitSaaSDbContextDependencies dependencies)
    : FitSaaSDbContext(options, dependencies);
