using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Settings;

namespace FitSaaS.SettingManagement;

/// <summary>Stored setting values.</summary>
public interface ISettingRepository : IRepository<Setting, Guid>
{
    /// <summary>All values of one level in one query (untracked), whatever the current tenant is.</summary>
    Task<List<Setting>> GetListAsync(SettingScope scope, CancellationToken cancellationToken = default);

    /// <summary>The value of one setting at one level (tracked), or null.</summary>
    Task<Setting?> FindAsync(SettingScope scope, string name, CancellationToken cancellationToken = default);
}
