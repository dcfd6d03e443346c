using FitSaaS.Framework.DependencyInjection;
using Microsoft.AspNetCore.DataProtection;

namespace FitSaaS.TenantManagement;

/// <summary>
/// Encrypts tenant connection strings at rest with ASP.NET Core Data Protection (purpose
/// <c>FitSaaS.TenantConnectionStrings</c>; the key ring lives in the host database, like encrypted settings).
/// </summary>
public sealed class TenantConnectionStringProtector(IDataProtectionProvider dataProtection) : ISingletonDependency
{
    /// <summary>The Data Protection purpose of tenant connection strings.</summary>
    public const string Purpose = "FitSaaS.TenantConnectionStrings";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    /// <summary>Encrypts a connection string.</summary>
    public string Protect(string connectionString) => _protector.Protect(connectionString);

    /// <summary>Decrypts a stored connection string.</summary>
    public string Unprotect(string protectedConnectionString) => _protector.Unprotect(protectedConnectionString);
}
