using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IDataSubjectRequestArchiveRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreDataSubjectRequestArchiveRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, DataSubjectRequestArchive>(dbContextProvider), IDataSubjectRequestArchiveRepository;
