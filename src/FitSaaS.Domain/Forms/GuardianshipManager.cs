using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>Links guardians to dependants and keeps member profiles (dates of birth).</summary>
public sealed class GuardianshipManager(
    IGuardianLinkRepository links,
    IMemberProfileRepository profiles,
    FormsCalendar calendar,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>A new link (the caller inserts it). Both must be members of the gym (checked by the caller).</summary>
    /// <exception cref="BusinessException">
    /// <see cref="FormsErrorCodes.InvalidGuardianLink"/> (oneself, or the dependant is the guardian's guardian),
    /// <see cref="FormsErrorCodes.GuardianLinkExists"/>, <see cref="FormsErrorCodes.GuardianNotAdult"/> (no date of birth, or younger than the age of majority).
    /// </exception>
    public async Task<GuardianLink> LinkAsync(Guid guardianId, Guid dependantId, DateTime now, CancellationToken cancellationToken = default)
    {
        if (guardianId == dependantId || await links.ExistsAsync(dependantId, guardianId, cancellationToken))
        {
            throw new BusinessException(FormsErrorCodes.InvalidGuardianLink, "A member cannot be their own guardian, nor their guardian's.");
        }

        if (await links.ExistsAsync(guardianId, dependantId, cancellationToken))
        {
            throw new BusinessException(FormsErrorCodes.GuardianLinkExists, "The guardian is already linked to the dependant.")
                .WithData("guardianId", guardianId)
                .WithData("dependantId", dependantId);
        }

        if (await calendar.GetAgeAsync(guardianId, now, cancellationToken) is not { } age || age < await calendar.GetAgeOfMajorityAsync())
        {
            throw new BusinessException(FormsErrorCodes.GuardianNotAdult, "A guardian is an adult member with a known date of birth.").WithData("guardianId", guardianId);
        }

        return new GuardianLink(guids.Create(), currentTenant.Id, guardianId, dependantId, now);
    }

    /// <summary>Sets the member's date of birth (creating the profile), and saves it.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.InvalidDateOfBirth"/>.</exception>
    public async Task<MemberProfile> SetDateOfBirthAsync(Guid memberId, DateOnly? dateOfBirth, DateTime now, CancellationToken cancellationToken = default)
    {
        if (dateOfBirth is { } date)
        {
            await calendar.CheckDateOfBirthAsync(date, now);
        }

        var profile = await profiles.FindByMemberAsync(memberId, cancellationToken);
        if (profile is null)
        {
            profile = new MemberProfile(guids.Create(), currentTenant.Id, memberId);
            profile.SetDateOfBirth(dateOfBirth);
            await profiles.InsertAsync(profile, autoSave: true, cancellationToken);
        }
        else
        {
            profile.SetDateOfBirth(dateOfBirth);
            await profiles.UpdateAsync(profile, autoSave: true, cancellationToken);
        }

        return profile;
    }
}
