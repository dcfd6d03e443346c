using System.Runtime.CompilerServices;
using FitSaaS.Forms;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using static FitSaaS.Framework.PersonalData.MemberDataExportFormat;
using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>
/// The <c>members</c> export: every user of the gym holding the <c>member</c> role (erased members have none), oldest account
/// first, with the columns of <see cref="MemberCsvColumns"/> in the order the member import reads them, so the file imports
/// again unchanged: <c>member_id</c>, <c>email</c>, <c>first_name</c>, <c>last_name</c>, <c>phone</c>, <c>date_of_birth</c>
/// (<c>yyyy-MM-dd</c>, from the member's Forms profile), <c>joined_at</c> (the account's creation, UTC ISO 8601).
/// </summary>
public sealed class MembersExportSource(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IMemberDataExportSource, ITransientDependency
{
    /// <inheritdoc/>
    public string Dataset => "members";

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns { get; } =
    [
        MemberCsvColumns.MemberId, MemberCsvColumns.Email, MemberCsvColumns.FirstName, MemberCsvColumns.LastName,
        MemberCsvColumns.Phone, MemberCsvColumns.DateOfBirth, MemberCsvColumns.JoinedAt,
    ];

    /// <inheritdoc/>
    public async IAsyncEnumerable<string?[]> ReadAsync(Guid? memberId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);
        var memberRole = IdentityConsts.MemberRole.ToUpperInvariant();
        var members = from userRole in dbContext.Set<AppUserRole>()
                      join role in dbContext.Set<AppRole>() on userRole.RoleId equals role.Id
                      where role.NormalizedName == memberRole
                      select userRole.UserId;
        var users = dbContext.Set<AppUser>().AsNoTracking().Where(u => members.Contains(u.Id));
        if (memberId is { } id)
        {
            users = users.Where(u => u.Id == id);
        }

        var rows = from user in users
                   join profile in dbContext.Set<MemberProfile>() on user.Id equals profile.MemberId into profiles
                   from profile in profiles.DefaultIfEmpty()
                   orderby user.CreationTime, user.Id
                   select new { user.Id, user.Email, user.Name, user.Surname, user.PhoneNumber, DateOfBirth = (DateOnly?)profile!.DateOfBirth, user.CreationTime };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                Id(row.Id),
                row.Email,
                row.Name,
                row.Surname,
                row.PhoneNumber,
                Date(row.DateOfBirth),
                Instant(row.CreationTime),
            ];
        }
    }
}
