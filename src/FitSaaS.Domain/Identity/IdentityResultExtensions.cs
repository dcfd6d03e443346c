using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>Turns failed <see cref="IdentityResult"/>s into the kit's exceptions.</summary>
public static class IdentityResultExtensions
{
    /// <summary>
    /// Throws when the result failed: duplicate user name or e-mail → <see cref="BusinessException"/>
    /// <see cref="IdentityErrorCodes.DuplicateUser"/>; password rules → validation error on
    /// <paramref name="passwordField"/>; other errors → validation error on <c>userName</c>/<c>email</c>.
    /// </summary>
    public static void CheckErrors(this IdentityResult result, string passwordField = "password")
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.FirstOrDefault(e => e.Code is "DuplicateUserName" or "DuplicateEmail") is { } duplicate)
        {
            throw new BusinessException(IdentityErrorCodes.DuplicateUser, duplicate.Description);
        }

        var errors = result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : e.Code.Contains("Email", StringComparison.Ordinal) ? "email"
                : e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName"
                : e.Code.Contains("RoleName", StringComparison.Ordinal) ? "name"
                : string.Empty)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new FitSaaSValidationException(errors);
    }
}
