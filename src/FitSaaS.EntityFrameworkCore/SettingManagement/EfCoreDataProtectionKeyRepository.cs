using FitSaaS.Framework.DependencyInjection;
using FitSaaS.SettingManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

/// <inheritdoc cref="IDataProtectionKeyRepository"/>
public sealed class EfCoreDataProtectionKeyRepository(FitSaaSDbContext dbContext) : IDataProtectionKeyRepository, ITransientDependency
{
    /// <inheritdoc/>
    public IReadOnlyList<DataProtectionKey> GetAll() =>
        dbContext.Set<DataProtectionKey>().AsNoTracking().OrderBy(k => k.Id).ToList();

    /// <inheritdoc/>
    public void Insert(DataProtectionKey key)
    {
        dbContext.Set<DataProtectionKey>().Add(key);
        dbContext.SaveChanges();
    }
}
