using FitSaaS.Framework.DependencyInjection;
using Microsoft.AspNetCore.DataProtection;

namespace FitSaaS.SettingManagement;

/// <summary>
/// Encrypts and decrypts values of encrypted settings with ASP.NET Core Data Protection (purpose
/// <c>FitSaaS.Settings</c>; the key ring lives in the database, kept by Microsoft.AspNetCore.DataProtection.EntityFrameworkCore, table <c>DataProtectionKeys</c>).
/// </summary>
public sealed class SettingValueProtector(IDataProtectionProvider dataProtection) : ISingletonDependency
{
    /// <summary>The Data Protection purpose of setting values.</summary>
    public const string Purpose = "FitSaaS.Settings";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    /// <summary>Encrypts a plain value.</summary>
    public string Protect(string plain) => _protector.Protect(plain);

    /// <summary>Decrypts a stored value.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The value was not protected with a key of the ring.</exception>
    public string Unprotect(string stored) => _protector.Unprotect(stored);
}
