namespace FitSaaS.Framework.Exceptions;

/// <summary>An exception with a stable, namespaced error code (e.g. <c>Bookings:AlreadyBooked</c>) that clients may rely on.</summary>
public interface IHasErrorCode
{
    /// <summary>The stable code; appears as the <c>code</c> extension of the problem details.</summary>
    string Code { get; }
}
