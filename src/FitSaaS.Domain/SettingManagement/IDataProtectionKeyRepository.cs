namespace FitSaaS.SettingManagement;

/// <summary>
/// Data Protection key rows. Synchronous because <see cref="Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository"/>
/// is; each call runs in its own scope and saves at once, outside any unit of work.
/// </summary>
public interface IDataProtectionKeyRepository
{
    /// <summary>All keys.</summary>
    IReadOnlyList<DataProtectionKey> GetAll();

    /// <summary>Inserts and saves a key.</summary>
    void Insert(DataProtectionKey key);
}
