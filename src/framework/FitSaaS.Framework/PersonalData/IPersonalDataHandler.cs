namespace FitSaaS.Framework.PersonalData;

/// <summary>
/// One module's part in a data subject request (GDPR Art. 15, 17 and 20): it exports everything the module holds about a
/// member and erases it, pseudonymising what a law requires the tenant to keep. Every module that stores personal data
/// implements it (an architecture test enforces it); implementations are resolved as <c>IEnumerable&lt;IPersonalDataHandler&gt;</c>
/// and called inside the member's tenant and a unit of work.
/// </summary>
public interface IPersonalDataHandler
{
    /// <summary>
    /// The data area's stable name (<c>Module.Area</c>, e.g. <c>Bookings.Bookings</c>): the export archive's entry name and the
    /// erasure report's key. Unique across handlers.
    /// </summary>
    string Area { get; }

    /// <summary>
    /// Everything the area holds about the member, as a JSON-serialisable object (records of primitives, UTC instants, ISO
    /// dates, money in minor units with its ISO 4217 currency), or null when it holds nothing. Never secrets (password hashes,
    /// tokens, payment-provider secrets).
    /// </summary>
    /// <param name="memberId">The member's user id in the current tenant.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases the member's data in the area: deletes what may go, pseudonymises what must be kept (financial records for the
    /// legal retention) and keeps what the tenant's liability requires (signatures), saying so in the result. Idempotent: a
    /// second call finds nothing more to do. Runs in the caller's unit of work; never saves half of an area on failure.
    /// </summary>
    /// <param name="memberId">The member's user id in the current tenant.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default);
}
