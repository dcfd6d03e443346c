// Why not Microsoft.AspNetCore.DataProtection.EntityFrameworkCore (PersistKeysToDbContext)? That package
// is NOT obtainable in this environment (it is not served by the package source), so this is the same
// idea written by hand: an IXmlRepository over our own DbContext, table DataProtectionKeys.
using System.Xml.Linq;
using FitSaaS.Framework.Guids;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.SettingManagement;

/// <summary>
/// Keeps the Data Protection key ring in the database so every instance of the application (and the
/// DbMigrator) encrypts and decrypts with the same keys. Each call opens its own DI scope and
/// connection and saves at once, independent of the caller's unit of work.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopeFactory) : IXmlRepository
{
    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopeFactory.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IDataProtectionKeyRepository>().GetAll()
            .Select(k => XElement.Parse(k.Xml))
            .ToList();
    }

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopeFactory.CreateScope();
        var id = scope.ServiceProvider.GetRequiredService<IGuidGenerator>().Create();
        scope.ServiceProvider.GetRequiredService<IDataProtectionKeyRepository>()
            .Insert(new DataProtectionKey(id, friendlyName, element.ToString(SaveOptions.DisableFormatting)));
    }
}
