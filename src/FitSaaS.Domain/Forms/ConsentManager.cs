using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>Records grants and withdrawals of consents (append-only; the latest record is in force at once).</summary>
public sealed class ConsentManager(IConsentRepository consents, IGuidGenerator guids, ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Who records a change, and from where.</summary>
    /// <param name="RecordedById">The member, a guardian or staff.</param>
    /// <param name="Note">A note, or null.</param>
    /// <param name="IpAddress">The client's IP address, or null.</param>
    /// <param name="UserAgent">The client's user agent, or null.</param>
    public sealed record Evidence(Guid RecordedById, string? Note, string? IpAddress, string? UserAgent);

    /// <summary>Grants the consent (inserted and saved); granting one in force records nothing and returns the record in force.</summary>
    public async Task<Consent> GrantAsync(Guid memberId, ConsentPurpose purpose, Evidence evidence, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (await consents.FindLatestAsync(memberId, purpose, cancellationToken) is { Granted: true } inForce)
        {
            return inForce;
        }

        return await consents.InsertAsync(New(memberId, purpose, true, evidence, now), autoSave: true, cancellationToken);
    }

    /// <summary>Withdraws the consent at once (inserted and saved).</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.ConsentNotGranted"/> when it is not in force.</exception>
    public async Task<Consent> WithdrawAsync(Guid memberId, ConsentPurpose purpose, Evidence evidence, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (await consents.FindLatestAsync(memberId, purpose, cancellationToken) is not { Granted: true })
        {
            throw new BusinessException(FormsErrorCodes.ConsentNotGranted, "The consent is not granted.").WithData("purpose", purpose.ToString());
        }

        return await consents.InsertAsync(New(memberId, purpose, false, evidence, now), autoSave: true, cancellationToken);
    }

    /// <summary>True when the member's consent to <paramref name="purpose"/> is in force.</summary>
    public async Task<bool> IsGrantedAsync(Guid memberId, ConsentPurpose purpose, CancellationToken cancellationToken = default) =>
        await consents.FindLatestAsync(memberId, purpose, cancellationToken) is { Granted: true };

    private Consent New(Guid memberId, ConsentPurpose purpose, bool granted, Evidence evidence, DateTime now) =>
        new(guids.Create(), currentTenant.Id, memberId, purpose, granted, now, evidence.RecordedById,
            string.IsNullOrWhiteSpace(evidence.Note) ? null : evidence.Note.Trim()[..Math.Min(evidence.Note.Trim().Length, LegalDocumentConsts.MaxNoteLength)],
            evidence.IpAddress, evidence.UserAgent);
}
