using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.SettingManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

/// <inheritdoc cref="IDataProtectionKeyRepository"/>
public sealed class EfCoreDataProtectionKeyRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IDataProtectionKeyRepository, ITransientDependency
{
    private FitSaaSDbContext DbContext => dbContextProvider.GetDbContext(typeof(DataProtectionKey));

    /// <inheritdoc/>
    public IReadOnlyList<DataProtectionKey> GetAll() =>
        DbContext.Set<DataProtectionKey>().AsNoTracking().OrderBy(k => k.Id).ToList();

    /// <inheritdoc/>
    public void Insert(DataProtectionKey key)
    {
        DbContext.Set<DataProtectionKey>().Add(key);
        DbContext.SaveChanges();
    }
}
