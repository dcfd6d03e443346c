using CsvHelper;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IMemberDataAppService"/>
[Authorize(FormsPermissions.MemberData.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class MemberDataAppService(
    IEnumerable<IMemberDataExportSource> sources,
    MemberImportManager importer,
    IIdentityUserReadRepository users,
    IOptions<MemberImportOptions> importOptions,
    TimeProvider clock) : ApplicationService, IMemberDataAppService
{
    /// <summary>The route of the exports (the host's endpoint), followed by the export's name.</summary>
    public const string ExportPathPrefix = "/api/forms/member-data/exports/";

    /// <summary>The column the exports other than <c>members</c> get after <c>member_id</c>.</summary>
    public const string MemberEmailColumn = "member_email";

    /// <summary>
    /// What a spreadsheet would run as a formula when a text cell starts with it (OWASP CSV injection). <c>+</c> and <c>-</c>
    /// are left out on purpose: they start phone numbers and negative amounts, which must survive an export and re-import.
    /// </summary>
    private const string InjectionCharacters = "=@\t\r";

    private readonly IReadOnlyList<IMemberDataExportSource> _sources = [.. sources.OrderBy(s => s.Dataset, StringComparer.Ordinal)];

    /// <inheritdoc/>
    public Task<IReadOnlyList<MemberDataExportDto>> GetExportsAsync() =>
        Task.FromResult<IReadOnlyList<MemberDataExportDto>>([.. _sources.Select(s => new MemberDataExportDto
        {
            Name = s.Dataset,
            Columns = ColumnsOf(s),
            Path = ExportPathPrefix + s.Dataset,
        })]);

    /// <inheritdoc/>
    [Authorize(FormsPermissions.MemberData.Import)]
    public async Task<MemberImportResultDto> ImportMembersAsync(byte[] csv, MemberImportInput input)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(input);
        var limits = importOptions.Value;
        if (csv.LongLength > limits.MaxBytes)
        {
            throw new BusinessException(FormsErrorCodes.ImportTooLarge, $"An import file is at most {limits.MaxBytes} bytes: split it.").WithData("maxBytes", limits.MaxBytes);
        }

        var file = MemberCsvReader.Read(csv, limits.MaxRows);
        var result = await importer.ImportAsync(file, input.DryRun, input.SkipInvalidRows, clock.GetUtcNow().UtcDateTime);
        return new MemberImportResultDto
        {
            DryRun = result.DryRun,
            TotalRows = result.TotalRows,
            Created = result.Created,
            Updated = result.Updated,
            Unchanged = result.Unchanged,
            Invalid = result.Invalid,
            InvalidRows = [.. result.InvalidRows.Select(r => new MemberImportRowDto
            {
                Row = r.Row,
                Email = r.Email,
                Outcome = r.Outcome,
                MemberId = r.MemberId,
                Errors = [.. r.Errors.Select(e => new MemberImportRowErrorDto { Column = e.Column, Code = e.Code, Message = e.Message })],
            })],
        };
    }

    /// <inheritdoc/>
    public async Task ExportAsync(string dataset, Guid? memberId, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var source = _sources.FirstOrDefault(s => string.Equals(s.Dataset, dataset, StringComparison.Ordinal))
            ?? throw new BusinessException(FormsErrorCodes.ExportDatasetNotFound, $"There is no export '{dataset}'.")
                .WithData("dataset", dataset)
                .WithData("available", _sources.Select(s => s.Dataset).ToList());
        var emails = AddsMemberEmail(source) ? await users.GetEmailsAsync(memberId, cancellationToken) : null;

        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, InjectionCharacters = InjectionCharacters };
        await using var writer = CsvWriter.Create(output, options, leaveOpen: true);
        await writer.WriteRecordAsync([.. ColumnsOf(source)], cancellationToken);
        await foreach (var row in source.ReadAsync(memberId, cancellationToken))
        {
            if (emails is null)
            {
                await writer.WriteRecordAsync(row, cancellationToken);
                continue;
            }

            var withEmail = new string?[row.Length + 1];
            withEmail[0] = row[0];
            withEmail[1] = row[0] is { } id && Guid.TryParse(id, out var member) ? emails.GetValueOrDefault(member) : null;
            Array.Copy(row, 1, withEmail, 2, row.Length - 1);
            await writer.WriteRecordAsync(withEmail, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static bool AddsMemberEmail(IMemberDataExportSource source) => !source.Columns.Contains(MemberCsvColumns.Email, StringComparer.Ordinal);

    private static IReadOnlyList<string> ColumnsOf(IMemberDataExportSource source) =>
        AddsMemberEmail(source) ? [source.Columns[0], MemberEmailColumn, .. source.Columns.Skip(1)] : source.Columns;
}
