using System.Security.Claims;

namespace FitSaaS.Framework.Users;

/// <summary>Default accessor: an <see cref="AsyncLocal{T}"/> owned by a DI singleton. The web host replaces it with one that falls back to the request's user.</summary>
public class AsyncLocalCurrentPrincipalAccessor : ICurrentPrincipalAccessor
{
    private readonly AsyncLocal<ClaimsPrincipal?> _principal = new();

    /// <inheritdoc/>
    public ClaimsPrincipal? Principal => _principal.Value ?? GetDefaultPrincipal();

    /// <summary>The principal when none was set by <see cref="Change"/>; null by default.</summary>
    protected virtual ClaimsPrincipal? GetDefaultPrincipal() => null;

    /// <inheritdoc/>
    public IDisposable Change(ClaimsPrincipal? principal)
    {
        var previous = _principal.Value;
        _principal.Value = principal;
        return new RestoreScope(_principal, previous);
    }

    private sealed class RestoreScope(AsyncLocal<ClaimsPrincipal?> slot, ClaimsPrincipal? previous) : IDisposable
    {
        public void Dispose() => slot.Value = previous;
    }
}
