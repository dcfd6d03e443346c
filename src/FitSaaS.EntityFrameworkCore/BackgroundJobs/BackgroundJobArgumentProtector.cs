using Microsoft.AspNetCore.DataProtection;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Encrypts a job's JSON arguments before they go to the job store, with ASP.NET Core Data Protection (keys in the host
/// database, shared by every instance). Neither the store's tables nor the Hangfire Dashboard (which shows the stored
/// arguments of every job) ever hold an argument value in clear, so a secret in job arguments (a reset link in an e-mail,
/// an API key) is never shown. Only the job name and the tenant id stay readable.
/// </summary>
public sealed class BackgroundJobArgumentProtector(IDataProtectionProvider dataProtection)
{
    /// <summary>The Data Protection purpose; changing it makes stored jobs unreadable.</summary>
    public const string Purpose = "FitSaaS.BackgroundJobs.Arguments.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    /// <summary>The protected (encrypted, base64url) form of <paramref name="argumentsJson"/>.</summary>
    public string Protect(string argumentsJson)
    {
        ArgumentNullException.ThrowIfNull(argumentsJson);
        return _protector.Protect(argumentsJson);
    }

    /// <summary>The JSON arguments back from their protected form.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The value was not protected with a key of this key ring.</exception>
    public string Unprotect(string protectedArguments)
    {
        ArgumentNullException.ThrowIfNull(protectedArguments);
        return _protector.Unprotect(protectedArguments);
    }
}
