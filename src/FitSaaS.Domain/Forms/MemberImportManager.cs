using System.Globalization;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Forms;

/// <summary>
/// Imports members from a member CSV (a gym moving in, FitKit's import): checks every row, matches existing members by e-mail
/// (case-insensitively), and creates member accounts (no password: members set one through the password-reset e-mail) or
/// updates their given name, family name, phone and date of birth. Empty cells and absent columns never clear a value, so a
/// re-run of the same file, or of the members export, changes nothing. All or nothing: it writes only inside the caller's
/// unit of work, and refuses the whole file while a row is invalid unless told to skip invalid rows.
/// </summary>
public sealed class MemberImportManager(
    IdentityUserManager identityUserManager,
    IIdentityUserImportRepository users,
    ILookupNormalizer normalizer,
    IMemberProfileRepository profiles,
    FormsCalendar calendar,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>The most invalid rows listed in <see cref="FormsErrorCodes.ImportHasInvalidRows"/>'s data.</summary>
    public const int MaxRowsInError = 100;

    /// <summary>The rule the users API applies to e-mails (<c>[EmailAddress]</c>), so an imported member is one the API would accept.</summary>
    private static readonly EmailAddressAttribute EmailRule = new();

    private static readonly Regex PhonePattern = new(IdentityConsts.PhoneNumberPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Checks the rows and, unless <paramref name="dryRun"/>, imports them.</summary>
    /// <param name="file">The rows read by <see cref="MemberCsvReader"/>.</param>
    /// <param name="dryRun">Only report what would happen; write nothing.</param>
    /// <param name="skipInvalidRows">Import the valid rows even when some are invalid (those are reported and left out).</param>
    /// <param name="now">The current UTC instant (dates of birth are checked against today in the gym's time zone).</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <exception cref="BusinessException">
    /// <see cref="FormsErrorCodes.ImportHasInvalidRows"/> (not a dry run, invalid rows, not skipping them);
    /// <c>Features:QuotaExceeded</c> when the new members exceed the edition's member limit.
    /// </exception>
    public async Task<MemberImportResult> ImportAsync(MemberCsvFile file, bool dryRun, bool skipInvalidRows, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var today = await calendar.TodayAsync(now);
        var checkedRows = file.Rows.Select(row => Check(row, file.HeaderFieldCount, today)).ToList();
        MarkDuplicates(checkedRows);

        var keys = checkedRows.Where(r => r.IsValid).Select(r => r.NormalizedEmail!).ToList();
        var existing = await users.GetByNormalizedEmailsOrUserNamesAsync(keys, cancellationToken);
        var byEmail = existing.Where(u => u.NormalizedEmail is not null).GroupBy(u => u.NormalizedEmail!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var userNames = existing.Where(u => u.NormalizedUserName is not null).Select(u => u.NormalizedUserName!).ToHashSet(StringComparer.Ordinal);
        var existingProfiles = (await profiles.GetByMembersAsync([.. byEmail.Values.Select(u => u.Id)], cancellationToken))
            .ToDictionary(p => p.MemberId);

        var results = new List<MemberImportRowResult>(checkedRows.Count);
        var toCreate = new List<CheckedRow>();
        var toUpdate = new List<(CheckedRow Row, AppUser User)>();
        foreach (var row in checkedRows)
        {
            if (row.IsValid && !byEmail.ContainsKey(row.NormalizedEmail!) && userNames.Contains(row.NormalizedEmail!))
            {
                row.Errors.Add(new(MemberCsvColumns.Email, MemberImportRowErrorCodes.EmailInUse, "Another account of the gym has this e-mail as its user name."));
            }

            if (!row.IsValid)
            {
                results.Add(new(row.Source.Row, row.Source.Email, MemberImportRowOutcome.Invalid, null, [.. row.Errors]));
            }
            else if (byEmail.TryGetValue(row.NormalizedEmail!, out var user))
            {
                var changed = !Merge(row, user).Matches(user) || row.DateOfBirth is { } date && existingProfiles.GetValueOrDefault(user.Id)?.DateOfBirth != date;
                results.Add(new(row.Source.Row, row.Source.Email, changed ? MemberImportRowOutcome.Updated : MemberImportRowOutcome.Unchanged, user.Id, []));
                if (changed)
                {
                    toUpdate.Add((row, user));
                }
            }
            else
            {
                results.Add(new(row.Source.Row, row.Source.Email, MemberImportRowOutcome.Created, null, []));
                toCreate.Add(row);
            }
        }

        var invalid = results.Where(r => r.Outcome == MemberImportRowOutcome.Invalid).ToList();
        if (!dryRun && invalid.Count > 0 && !skipInvalidRows)
        {
            throw new BusinessException(
                    FormsErrorCodes.ImportHasInvalidRows,
                    $"{invalid.Count} of {results.Count} rows are invalid; nothing was imported. Correct them, or import with skipInvalidRows=true.")
                .WithData("invalidRows", invalid.Count)
                .WithData("rows", invalid.Take(MaxRowsInError).Select(r => new { row = r.Row, email = r.Email, errors = r.Errors }).ToList());
        }

        if (!dryRun)
        {
            var createdIds = await ApplyAsync(toCreate, toUpdate, existingProfiles, cancellationToken);
            results = [.. results.Select(r => r.Outcome == MemberImportRowOutcome.Created ? r with { MemberId = createdIds[r.Row] } : r)];
        }

        return new MemberImportResult(
            dryRun,
            results.Count,
            results.Count(r => r.Outcome == MemberImportRowOutcome.Created),
            results.Count(r => r.Outcome == MemberImportRowOutcome.Updated),
            results.Count(r => r.Outcome == MemberImportRowOutcome.Unchanged),
            invalid.Count,
            invalid);
    }

    private async Task<Dictionary<int, Guid>> ApplyAsync(
        List<CheckedRow> toCreate, List<(CheckedRow Row, AppUser User)> toUpdate, Dictionary<Guid, MemberProfile> existingProfiles, CancellationToken cancellationToken)
    {
        var created = await identityUserManager.CreateMembersAsync([.. toCreate.Select(r => (r.Email!, r.Profile))], cancellationToken);
        var createdIds = new Dictionary<int, Guid>();
        for (var i = 0; i < created.Count; i++)
        {
            createdIds[toCreate[i].Source.Row] = created[i].Id;
            if (toCreate[i].DateOfBirth is { } date)
            {
                await InsertProfileAsync(created[i].Id, date, cancellationToken);
            }
        }

        foreach (var (row, user) in toUpdate)
        {
            IdentityUserManager.UpdateProfile(user, Merge(row, user));
            if (row.DateOfBirth is { } date)
            {
                if (existingProfiles.TryGetValue(user.Id, out var profile))
                {
                    profile.SetDateOfBirth(date);
                }
                else
                {
                    await InsertProfileAsync(user.Id, date, cancellationToken);
                }
            }
        }

        return createdIds;
    }

    private async Task InsertProfileAsync(Guid memberId, DateOnly dateOfBirth, CancellationToken cancellationToken)
    {
        var profile = new MemberProfile(guids.Create(), currentTenant.Id, memberId);
        profile.SetDateOfBirth(dateOfBirth);
        await profiles.InsertAsync(profile, cancellationToken: cancellationToken);
    }

    /// <summary>The row's details over the member's current ones: an empty cell keeps the current value.</summary>
    private static AppUserProfile Merge(CheckedRow row, AppUser user) =>
        new(row.Profile.Name ?? user.Name, row.Profile.Surname ?? user.Surname, row.Profile.PhoneNumber ?? user.PhoneNumber);

    private CheckedRow Check(MemberImportRow row, int headerFieldCount, DateOnly today)
    {
        var errors = new List<MemberImportRowError>();
        if (row.FieldCount != headerFieldCount)
        {
            errors.Add(new("*", MemberImportRowErrorCodes.FieldCount, $"The row has {row.FieldCount} fields; the header has {headerFieldCount}."));
        }

        string? normalizedEmail = null;
        if (row.Email is not { } email)
        {
            errors.Add(new(MemberCsvColumns.Email, MemberImportRowErrorCodes.Required, "The e-mail is required."));
        }
        else if (email.Length > IdentityConsts.MaxEmailLength)
        {
            errors.Add(TooLong(MemberCsvColumns.Email, IdentityConsts.MaxEmailLength));
        }
        else if (!EmailRule.IsValid(email))
        {
            errors.Add(new(MemberCsvColumns.Email, MemberImportRowErrorCodes.InvalidEmail, "Not an e-mail address."));
        }
        else
        {
            normalizedEmail = normalizer.NormalizeEmail(email);
        }

        CheckLength(errors, MemberCsvColumns.FirstName, row.FirstName, IdentityConsts.MaxNameLength);
        CheckLength(errors, MemberCsvColumns.LastName, row.LastName, IdentityConsts.MaxSurnameLength);
        if (row.Phone is { } phone && CheckLength(errors, MemberCsvColumns.Phone, phone, IdentityConsts.MaxPhoneNumberLength) && !PhonePattern.IsMatch(phone))
        {
            errors.Add(new(MemberCsvColumns.Phone, MemberImportRowErrorCodes.InvalidPhone, "Not a phone number: digits, spaces and + ( ) - . only, at least 3 digits."));
        }

        DateOnly? dateOfBirth = null;
        if (row.DateOfBirth is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new(MemberCsvColumns.DateOfBirth, MemberImportRowErrorCodes.InvalidDate, "Not a date in the form yyyy-MM-dd."));
            }
            else if (date > today || date < today.AddYears(-FormsCalendar.MaxAgeYears))
            {
                errors.Add(new(MemberCsvColumns.DateOfBirth, MemberImportRowErrorCodes.DateOutOfRange, $"A date of birth is not in the future and at most {FormsCalendar.MaxAgeYears} years back."));
            }
            else
            {
                dateOfBirth = date;
            }
        }

        return new CheckedRow(row, normalizedEmail, new AppUserProfile(row.FirstName, row.LastName, row.Phone), dateOfBirth, errors);
    }

    private static void MarkDuplicates(List<CheckedRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.NormalizedEmail is not null))
        {
            if (seen.TryGetValue(row.NormalizedEmail!, out var first))
            {
                row.Errors.Add(new(MemberCsvColumns.Email, MemberImportRowErrorCodes.DuplicateInFile, $"Row {first} has the same e-mail."));
            }
            else
            {
                seen[row.NormalizedEmail!] = row.Source.Row;
            }
        }
    }

    private static bool CheckLength(List<MemberImportRowError> errors, string column, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(TooLong(column, max));
            return false;
        }

        return true;
    }

    private static MemberImportRowError TooLong(string column, int max) =>
        new(column, MemberImportRowErrorCodes.TooLong, $"At most {max} characters.");

    private sealed record CheckedRow(MemberImportRow Source, string? NormalizedEmail, AppUserProfile Profile, DateOnly? DateOfBirth, List<MemberImportRowError> Errors)
    {
        public string? Email => Source.Email;

        public bool IsValid => Errors.Count == 0;
    }
}
