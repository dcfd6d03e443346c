namespace FitSaaS.Forms;

/// <summary>What a legal document is (DOMAIN.md §2.16).</summary>
public enum LegalDocumentKind
{
    /// <summary>A liability waiver (assumption of risk, release).</summary>
    LiabilityWaiver = 0,

    /// <summary>The gym's terms of membership.</summary>
    TermsOfMembership = 1,

    /// <summary>The privacy notice (GDPR Art. 13).</summary>
    PrivacyNotice = 2,

    /// <summary>A health declaration (PAR-Q style); its health data needs the member's separate <see cref="ConsentPurpose.HealthData"/> consent.</summary>
    HealthDeclaration = 3,
}
