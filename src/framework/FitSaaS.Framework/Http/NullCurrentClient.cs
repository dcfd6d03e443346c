namespace FitSaaS.Framework.Http;

/// <summary>The <see cref="ICurrentClient"/> outside HTTP requests: nothing is known.</summary>
public sealed class NullCurrentClient : ICurrentClient
{
    /// <inheritdoc/>
    public string? IpAddress => null;

    /// <inheritdoc/>
    public string? UserAgent => null;
}
