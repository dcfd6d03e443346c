using Microsoft.AspNetCore.DataProtection;

namespace FitSaaS.Framework.MailKit;

/// <summary>
/// Encrypts queued message bodies with ASP.NET Core Data Protection (purpose <c>FitSaaS.Emailing.QueuedBody</c>); every
/// instance sharing the key ring can decrypt them, and retired keys still decrypt what they protected.
/// </summary>
public sealed class EmailBodyProtector(IDataProtectionProvider dataProtection)
{
    /// <summary>The Data Protection purpose.</summary>
    public const string Purpose = "FitSaaS.Emailing.QueuedBody";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    /// <summary>Encrypts a body.</summary>
    public string Protect(string body) => _protector.Protect(body);

    /// <summary>Decrypts a body protected by <see cref="Protect"/>.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">Not protected with a key of the ring.</exception>
    public string Unprotect(string protectedBody) => _protector.Unprotect(protectedBody);
}
