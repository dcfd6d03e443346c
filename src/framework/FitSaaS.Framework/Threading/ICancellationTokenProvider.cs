namespace FitSaaS.Framework.Threading;

/// <summary>
/// The ambient <see cref="CancellationToken"/> of the work running in this async flow (ABP's
/// <c>ICancellationTokenProvider</c>), for calls whose signatures take none — application-service contracts among them. A
/// client proxy call is cancelled by this token as well as by its own <see cref="CancellationToken"/> argument, if any.
/// </summary>
public interface ICancellationTokenProvider
{
    /// <summary>The current token; <see cref="CancellationToken.None"/> when none was set.</summary>
    CancellationToken Token { get; }

    /// <summary>Uses <paramref name="cancellationToken"/> in this async flow until the returned value is disposed.</summary>
    IDisposable Use(CancellationToken cancellationToken);
}
