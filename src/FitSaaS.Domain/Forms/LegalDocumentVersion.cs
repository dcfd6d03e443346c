using System.Security.Cryptography;
using System.Text;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// One published, immutable version of a <see cref="LegalDocument"/>: its markdown text, the text's SHA-256 hash (what signers
/// confirm they saw), its number (1, 2, …), the UTC instant it takes effect and who must sign it
/// (<see cref="LegalResignPolicy"/>). Never changed nor deleted.
/// </summary>
public sealed class LegalDocumentVersion : CreationAuditedAggregateRoot<Guid>, IMultiTenant, ILegalVersionTerms
{
    private LegalDocumentVersion()
    {
        Text = null!;
        TextHash = null!;
    }

    internal LegalDocumentVersion(Guid id, Guid? tenantId, Guid documentId, int number, string text, DateTime effectiveFrom, LegalResignPolicy policy, DateTime publishedAt)
        : base(id)
    {
        TenantId = tenantId;
        LegalDocumentId = documentId;
        Number = number;
        Text = text;
        TextHash = ComputeHash(text);
        EffectiveFrom = effectiveFrom;
        Policy = policy;
        PublishedAt = publishedAt;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The document.</summary>
    public Guid LegalDocumentId { get; private set; }

    /// <summary>The version number, 1 for the first.</summary>
    public int Number { get; private set; }

    /// <summary>The text (markdown), at most <see cref="LegalDocumentConsts.MaxTextLength"/> characters.</summary>
    public string Text { get; private set; }

    /// <summary>SHA-256 of the text's UTF-8 bytes, lower-case hexadecimal (64 characters).</summary>
    public string TextHash { get; private set; }

    /// <summary>When it takes effect (UTC); before then the previous version is the one to sign.</summary>
    public DateTime EffectiveFrom { get; private set; }

    /// <summary>Who must sign it.</summary>
    public LegalResignPolicy Policy { get; private set; }

    /// <summary>When it was published (UTC).</summary>
    public DateTime PublishedAt { get; private set; }

    /// <summary>True when it is in effect at <paramref name="now"/>.</summary>
    public bool IsEffective(DateTime now) => EffectiveFrom <= now;

    /// <summary>SHA-256 of <paramref name="text"/>'s UTF-8 bytes, lower-case hexadecimal.</summary>
    public static string ComputeHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
