using FitSaaS.Bookings;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;

namespace FitSaaS.Forms;

/// <summary>
/// Demo legal documents for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>), after Bookings' and Billing's (this
/// module depends on them): the <see cref="WaiverTitle"/> liability waiver required to book and check in to
/// <see cref="WaiverClassTypeName"/> classes, the <see cref="TermsTitle"/> terms of membership required to buy any plan, and the
/// <see cref="HealthDeclarationTitle"/> health declaration (gates nothing), each with one effective version. Every demo member
/// (<see cref="IdentityConsts.DemoMemberIdsSeedProperty"/>) signs the terms; all but the last <see cref="UnsignedWaiverMembers"/>
/// sign the waiver; the first <see cref="HealthConsentMembers"/> grant the health-data consent. Idempotent: nothing is done when
/// the tenant already has legal documents.
/// </summary>
public sealed class FormsLegalDemoDataSeedContributor(
    ILegalDocumentRepository documents,
    ILegalDocumentVersionRepository versions,
    ILegalSignatureRepository signatures,
    LegalDocumentManager documentManager,
    LegalSignatureManager signatureManager,
    ConsentManager consentManager,
    IClassTypeRepository classTypes,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The waiver's title.</summary>
    public const string WaiverTitle = "Liability waiver";

    /// <summary>The class type the waiver is required for.</summary>
    public const string WaiverClassTypeName = "WOD";

    /// <summary>The terms' title.</summary>
    public const string TermsTitle = "Terms of membership";

    /// <summary>The health declaration's title.</summary>
    public const string HealthDeclarationTitle = "Health declaration";

    /// <summary>How many demo members (the last ones) have not signed the waiver.</summary>
    public const int UnsignedWaiverMembers = 2;

    /// <summary>How many demo members (the first ones) granted the health-data consent.</summary>
    public const int HealthConsentMembers = 3;

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is null || await documents.CountAsync(cancellationToken) > 0 ||
            await classTypes.FindByNameAsync(WaiverClassTypeName, cancellationToken) is not { } wod)
        {
            return;
        }

        var members = context.Properties.TryGetValue(IdentityConsts.DemoMemberIdsSeedProperty, out var value) && value is IReadOnlyList<Guid> ids ? ids : [];
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var waiver = await CreateAsync(LegalDocumentKind.LiabilityWaiver, WaiverTitle, new LegalDocumentScope(false, [wod.Id], [], []),
            LegalDocumentGates.Booking | LegalDocumentGates.CheckIn,
            "# Liability waiver\n\nI understand that high-intensity training carries a risk of injury and I take part at my own risk.", now, cancellationToken);
        var terms = await CreateAsync(LegalDocumentKind.TermsOfMembership, TermsTitle, LegalDocumentScope.All, LegalDocumentGates.Purchase,
            "# Terms of membership\n\nMemberships renew monthly until cancelled with 30 days' notice.", now, cancellationToken);
        await CreateAsync(LegalDocumentKind.HealthDeclaration, HealthDeclarationTitle, LegalDocumentScope.All, LegalDocumentGates.None,
            "# Health declaration\n\nI declare that I know of no medical reason that prevents me from exercising.", now, cancellationToken);

        for (var i = 0; i < members.Count; i++)
        {
            await SignAsync(terms, members[i], now, cancellationToken);
            if (i < members.Count - UnsignedWaiverMembers)
            {
                await SignAsync(waiver, members[i], now, cancellationToken);
            }

            if (i < HealthConsentMembers)
            {
                await consentManager.GrantAsync(members[i], ConsentPurpose.HealthData, new ConsentManager.Evidence(members[i], "Demo data.", null, null), now, cancellationToken);
            }
        }

        await SaveAsync(cancellationToken);
    }

    private async Task<(LegalDocument Document, LegalDocumentVersion Version)> CreateAsync(
        LegalDocumentKind kind, string title, LegalDocumentScope scope, LegalDocumentGates gates, string text, DateTime now, CancellationToken cancellationToken)
    {
        var document = await documentManager.CreateAsync(kind, title, scope, gates, cancellationToken);
        await documents.InsertAsync(document, cancellationToken: cancellationToken);
        var version = await documentManager.PublishVersionAsync(document, text, now, LegalResignPolicy.AllMustResign, now, cancellationToken);
        await versions.InsertAsync(version, cancellationToken: cancellationToken);
        await SaveAsync(cancellationToken);
        return (document, version);
    }

    private async Task SignAsync((LegalDocument Document, LegalDocumentVersion Version) signed, Guid memberId, DateTime now, CancellationToken cancellationToken)
    {
        var signature = await signatureManager.SignAsync(
            signed.Document,
            new LegalSignatureManager.Request(signed.Version.Id, signed.Version.TextHash, memberId, memberId, memberId, "Demo member", null, null, null),
            now, cancellationToken);
        await signatures.InsertAsync(signature, cancellationToken: cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}
