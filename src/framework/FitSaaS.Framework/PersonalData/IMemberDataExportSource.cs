namespace FitSaaS.Framework.PersonalData;

/// <summary>
/// One module's table in a gym's member data export: the CSV files a gym takes when it moves to another system (members,
/// memberships, bookings, payments). Implementations are resolved as <c>IEnumerable&lt;IMemberDataExportSource&gt;</c> and
/// read inside the current tenant and a unit of work; the writer (the Forms module) turns their rows into RFC 4180 CSV.
/// </summary>
public interface IMemberDataExportSource
{
    /// <summary>
    /// The dataset's stable name: lower-case letters and hyphens (<c>members</c>, <c>memberships</c>, <c>bookings</c>,
    /// <c>payments</c>), the export's route segment and file name. Unique across sources.
    /// </summary>
    string Dataset { get; }

    /// <summary>
    /// The column names, snake_case, in order; the first is always <c>member_id</c> (the member's user id), so a writer can
    /// add the member's e-mail beside it and filter by member.
    /// </summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>
    /// The current tenant's rows (only <paramref name="memberId"/>'s when given), in a stable order, streamed (never all in
    /// memory). Each row has one value per <see cref="Columns"/> entry, formatted invariantly: ids as lower-case GUIDs with
    /// hyphens, UTC instants as ISO 8601 with <c>Z</c> (<c>O</c> format), local dates as <c>yyyy-MM-dd</c>, money as integer
    /// minor units with an ISO 4217 currency column, enums by name; null for an empty cell. Never secrets (payment-provider
    /// ids beyond the last four digits of a card, tokens, hashes).
    /// </summary>
    /// <param name="memberId">Only this member's rows; null for every member of the tenant.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<string?[]> ReadAsync(Guid? memberId, CancellationToken cancellationToken = default);
}
