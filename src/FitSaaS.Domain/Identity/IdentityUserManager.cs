using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>
/// Creates users of the current tenant with a password and roles, as one step, and enforces the tenant's
/// member quota (<see cref="IdentityFeatures.MaxMembers"/>; only the <c>member</c> role counts).
/// </summary>
public sealed class IdentityUserManager(
    UserManager<AppUser> userManager,
    IGuidGenerator guids,
    ICurrentTenant currentTenant,
    FeatureQuota featureQuota,
    IIdentityUserReadRepository users,
    IIdentityUserImportRepository importRepository) : IDomainService
{
    /// <summary>Creates a user in the current tenant (null = host) and adds the roles.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="IdentityErrorCodes.DuplicateUser"/>; <c>Features:QuotaExceeded</c> for one member too many.
    /// </exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Password policy or invalid name/e-mail.</exception>
    public async Task<AppUser> CreateAsync(
        string userName, string? email, string password, IEnumerable<string> roles, string passwordField = "password", AppUserProfile? profile = null)
    {
        var roleList = roles.ToList();
        if (roleList.Contains(IdentityConsts.MemberRole, StringComparer.OrdinalIgnoreCase))
        {
            await EnsureMemberQuotaAsync();
        }

        var user = new AppUser(guids.Create(), currentTenant.Id, userName, email);
        profile?.ApplyTo(user);
        (await userManager.CreateAsync(user, password)).CheckErrors(passwordField);
        if (roleList.Count > 0)
        {
            (await userManager.AddToRolesAsync(user, roleList)).CheckErrors(passwordField);
        }

        return user;
    }

    /// <summary>
    /// Throws when the current tenant cannot have one more member. Takes the tenant's member-quota lock for
    /// the rest of the transaction, so concurrent registrations are counted one after the other.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:QuotaExceeded</c> (data <c>feature</c>, <c>limit</c>, <c>current</c>).</exception>
    public Task EnsureMemberQuotaAsync(CancellationToken cancellationToken = default) =>
        featureQuota.EnsureAvailableAsync(
            IdentityFeatures.MaxMembers,
            ct => users.CountInRoleAsync(IdentityConsts.MemberRole.ToUpperInvariant(), ct),
            cancellationToken);

    /// <summary>
    /// Creates member accounts (role <c>member</c>) of the current tenant in bulk, for a member import: no password (members
    /// set one through the password-reset e-mail), the e-mail as user name when it is a valid user name (else
    /// <c>member-</c> and the id), the e-mail unconfirmed. The quota is checked once for all of them. The caller has checked
    /// that no user of the tenant has these e-mails or user names
    /// (<see cref="IIdentityUserImportRepository.GetByNormalizedEmailsOrUserNamesAsync"/>); saved with the unit of work.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:QuotaExceeded</c> when they do not all fit.</exception>
    public async Task<IReadOnlyList<AppUser>> CreateMembersAsync(IReadOnlyList<(string Email, AppUserProfile Profile)> members, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            return [];
        }

        await featureQuota.EnsureAvailableAsync(
            IdentityFeatures.MaxMembers,
            members.Count,
            ct => users.CountInRoleAsync(IdentityConsts.MemberRole.ToUpperInvariant(), ct),
            cancellationToken);
        var created = new List<AppUser>(members.Count);
        foreach (var (email, profile) in members)
        {
            var id = guids.Create();
            var userName = IsValidUserName(email) ? email : $"member-{id:N}";
            var user = new AppUser(id, currentTenant.Id, userName, email)
            {
                NormalizedUserName = userManager.NormalizeName(userName),
                NormalizedEmail = userManager.NormalizeEmail(email),
                LockoutEnabled = userManager.Options.Lockout.AllowedForNewUsers,
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            profile.ApplyTo(user);
            created.Add(user);
        }

        await importRepository.InsertInRoleAsync(created, IdentityConsts.MemberRole.ToUpperInvariant(), cancellationToken);
        return created;
    }

    /// <summary>Changes a user's personal details (saved with the unit of work); false when they already match.</summary>
    public static bool UpdateProfile(AppUser user, AppUserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Matches(user))
        {
            return false;
        }

        profile.ApplyTo(user);
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        return true;
    }

    private bool IsValidUserName(string userName)
    {
        var allowed = userManager.Options.User.AllowedUserNameCharacters;
        return userName.Length <= IdentityConsts.MaxUserNameLength && (string.IsNullOrEmpty(allowed) || userName.All(allowed.Contains));
    }
}
