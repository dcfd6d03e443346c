using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// A gym's member data in and out as CSV (RFC 4180, UTF-8, comma-separated, a header row; ADR 0058): members imported with a
/// dry run, per-row errors and an idempotent re-run matched by e-mail; members, memberships, bookings and payments exported.
/// Requires the <see cref="FormsFeatures.Enabled"/> feature; exporting requires <see cref="FormsPermissions.MemberData.Default"/>,
/// importing <see cref="FormsPermissions.MemberData.Import"/>. The CSV bodies travel as files, not JSON: the host serves the
/// import at <c>POST api/forms/member-data/import</c> and the exports at <c>GET api/forms/member-data/exports/{dataset}</c>.
/// </summary>
[HttpApiRoute("api/forms/member-data")]
public interface IMemberDataAppService : IApplicationService
{
    /// <summary>The exports there are (each module adds its own): name, columns and download path, by name.</summary>
    Task<IReadOnlyList<MemberDataExportDto>> GetExportsAsync();

    /// <summary>
    /// Checks a member CSV (the columns of <see cref="MemberCsvColumns"/>, <c>email</c> required) and, unless
    /// <see cref="MemberImportInput.DryRun"/>, imports it: new e-mails become member accounts without a password (members set
    /// one with "forgot password"), known e-mails (case-insensitively) get their names, phone and date of birth updated; empty
    /// cells keep the current value. All or nothing.
    /// </summary>
    /// <param name="csv">The file's bytes (at most <c>Forms:MemberImport:MaxBytes</c>, default 10 MiB).</param>
    /// <param name="input">Dry run and whether to skip invalid rows.</param>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="FormsErrorCodes.ImportTooLarge"/>, <see cref="FormsErrorCodes.ImportTooManyRows"/>,
    /// <see cref="FormsErrorCodes.ImportCsvMalformed"/>, <see cref="FormsErrorCodes.ImportHeaderInvalid"/>,
    /// <see cref="FormsErrorCodes.ImportEmpty"/>, <see cref="FormsErrorCodes.ImportHasInvalidRows"/> (nothing imported),
    /// <c>Features:QuotaExceeded</c> (the edition's member limit).
    /// </exception>
    [NoHttpApi]
    Task<MemberImportResultDto> ImportMembersAsync(byte[] csv, MemberImportInput input);

    /// <summary>
    /// Writes one export as CSV to <paramref name="output"/>: its columns as the header, then the gym's rows (only
    /// <paramref name="memberId"/>'s when given), streamed. Every export but <c>members</c> has the member's e-mail in a
    /// <c>member_email</c> column after <c>member_id</c>. Text cells starting with <c>=</c>, <c>@</c>, a tab or a carriage return
    /// are prefixed with <c>'</c> so a spreadsheet shows them as text (OWASP CSV injection).
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="FormsErrorCodes.ExportDatasetNotFound"/> (before anything is written).</exception>
    [NoHttpApi]
    Task ExportAsync(string dataset, Guid? memberId, Stream output, CancellationToken cancellationToken = default);
}
