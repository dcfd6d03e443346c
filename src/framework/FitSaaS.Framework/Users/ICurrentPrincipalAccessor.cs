using System.Security.Claims;

namespace FitSaaS.Framework.Users;

/// <summary>Gives and switches the principal of the current async flow.</summary>
public interface ICurrentPrincipalAccessor
{
    /// <summary>The current principal; null when nobody is signed in.</summary>
    ClaimsPrincipal? Principal { get; }

    /// <summary>Runs the following code as <paramref name="principal"/> until the scope is disposed.</summary>
    IDisposable Change(ClaimsPrincipal? principal);
}
