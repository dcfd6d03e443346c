using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// Signs the exact current version of a legal document for a member: the member themself (an adult), or a guardian on the
/// member's behalf (always for a minor: <see cref="FormsCalendar.IsMinorAsync"/>).
/// </summary>
public sealed class LegalSignatureManager(
    ILegalDocumentVersionRepository versions,
    IGuardianLinkRepository guardians,
    FormsCalendar calendar,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>What signs, and how.</summary>
    /// <param name="VersionId">The version shown.</param>
    /// <param name="TextHash">The SHA-256 (hex) of the text shown.</param>
    /// <param name="MemberId">The member the signature binds.</param>
    /// <param name="SignerId">Whose signature it is (the member, or a guardian).</param>
    /// <param name="EnteredById">Who entered it (the signer, or staff).</param>
    /// <param name="TypedName">The typed name, or null.</param>
    /// <param name="DrawnSignature">The drawn signature (SVG path or PNG/SVG data URL), or null.</param>
    /// <param name="IpAddress">The client's IP address, or null.</param>
    /// <param name="UserAgent">The client's user agent, or null.</param>
    public sealed record Request(
        Guid VersionId, string TextHash, Guid MemberId, Guid SignerId, Guid EnteredById, string? TypedName, string? DrawnSignature, string? IpAddress, string? UserAgent);

    /// <summary>Checks and creates the signature of <paramref name="document"/> (the caller inserts it).</summary>
    /// <exception cref="BusinessException">
    /// <see cref="FormsErrorCodes.LegalVersionNotFound"/>, <see cref="FormsErrorCodes.LegalVersionNotEffective"/> (not effective yet, or
    /// superseded by a newer effective version), <see cref="FormsErrorCodes.LegalTextHashMismatch"/>, <see cref="FormsErrorCodes.InvalidSignature"/>,
    /// <see cref="FormsErrorCodes.MinorNeedsGuardian"/>, <see cref="FormsErrorCodes.NotGuardian"/>.
    /// </exception>
    public async Task<LegalSignature> SignAsync(LegalDocument document, Request request, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        var all = await versions.GetSummariesAsync([document.Id], cancellationToken);
        var summary = all.FirstOrDefault(v => v.Id == request.VersionId)
            ?? throw new BusinessException(FormsErrorCodes.LegalVersionNotFound, "The version is not a version of this document.").WithData("versionId", request.VersionId);
        var current = LegalRequirementRules.CurrentVersion(all, now);
        var version = await versions.GetAsync(summary.Id, cancellationToken);
        if (!version.IsEffective(now) || current?.Id != version.Id)
        {
            throw new BusinessException(
                    FormsErrorCodes.LegalVersionNotEffective,
                    version.IsEffective(now) ? "A newer version is in effect: sign that one." : "The version is not in effect yet.")
                .WithData("versionId", version.Id)
                .WithData("effectiveFrom", version.EffectiveFrom)
                .WithData("currentVersionId", current?.Id);
        }

        if (!string.Equals(request.TextHash?.Trim(), version.TextHash, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessException(FormsErrorCodes.LegalTextHashMismatch, "The text shown is not the version's text.")
                .WithData("versionId", version.Id)
                .WithData("textHash", version.TextHash);
        }

        var typed = string.IsNullOrWhiteSpace(request.TypedName) ? null : request.TypedName.Trim();
        var drawn = string.IsNullOrWhiteSpace(request.DrawnSignature) ? null : request.DrawnSignature.Trim();
        CheckSignature(typed, drawn);

        LegalSignerRole role;
        if (request.SignerId == request.MemberId)
        {
            if (await calendar.IsMinorAsync(request.MemberId, now, cancellationToken))
            {
                throw new BusinessException(FormsErrorCodes.MinorNeedsGuardian, "The member is a minor: a guardian signs for them.")
                    .WithData("memberId", request.MemberId)
                    .WithData("ageOfMajority", await calendar.GetAgeOfMajorityAsync());
            }

            role = LegalSignerRole.Member;
        }
        else
        {
            if (!await guardians.ExistsAsync(request.SignerId, request.MemberId, cancellationToken))
            {
                throw new BusinessException(FormsErrorCodes.NotGuardian, "The signer is not a guardian of the member.")
                    .WithData("memberId", request.MemberId)
                    .WithData("guardianId", request.SignerId);
            }

            role = LegalSignerRole.Guardian;
        }

        return new LegalSignature(
            guids.Create(), currentTenant.Id, version, request.MemberId, request.SignerId, role, request.EnteredById, typed, drawn, now, request.IpAddress, request.UserAgent);
    }

    /// <summary>A typed name and/or a drawn signature: an SVG path (<c>M…</c>) or a PNG/SVG data URL, at most 256 KB.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.InvalidSignature"/>.</exception>
    public static void CheckSignature(string? typedName, string? drawnSignature)
    {
        if (typedName is null && drawnSignature is null)
        {
            throw new BusinessException(FormsErrorCodes.InvalidSignature, "Type your name or draw your signature.");
        }

        if (typedName is { Length: > LegalDocumentConsts.MaxTypedNameLength })
        {
            throw new BusinessException(FormsErrorCodes.InvalidSignature, $"A typed name has at most {LegalDocumentConsts.MaxTypedNameLength} characters.");
        }

        if (drawnSignature is not null &&
            (drawnSignature.Length > LegalDocumentConsts.MaxDrawnSignatureLength ||
             !(drawnSignature.StartsWith("data:image/png;base64,", StringComparison.Ordinal) && IsBase64(drawnSignature[22..])) &&
             !(drawnSignature.StartsWith("data:image/svg+xml", StringComparison.Ordinal)) &&
             !IsSvgPath(drawnSignature)))
        {
            throw new BusinessException(FormsErrorCodes.InvalidSignature, "A drawn signature is an SVG path or a PNG or SVG data URL of at most 256 KB.");
        }
    }

    private static bool IsSvgPath(string value) =>
        value[0] is 'M' or 'm' && value.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || "MmLlHhVvCcSsQqTtAaZzEe.,+-".Contains(c, StringComparison.Ordinal));

    private static bool IsBase64(string value)
    {
        var body = value.TrimEnd('=');
        return body.Length > 0 && value.Length - body.Length <= 2 && body.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/');
    }
}
