using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Forms;

/// <summary>Scopes and gates of legal documents.</summary>
public sealed class LegalDocumentTests
{
    private static readonly Guid s_classType = Guid.NewGuid();
    private static readonly Guid s_plan = Guid.NewGuid();
    private static readonly Guid s_location = Guid.NewGuid();

    [Fact]
    public void Applies_ClassTypeScope_OnlyForThatClassTypeAndTheGatedOperations()
    {
        var waiver = new LegalDocument(Guid.NewGuid(), Guid.NewGuid(), LegalDocumentKind.LiabilityWaiver, "Waiver",
            new LegalDocumentScope(false, [s_classType], [], []), LegalDocumentGates.Booking | LegalDocumentGates.CheckIn);

        waiver.Applies(new LegalTarget(LegalDocumentGates.Booking, s_classType, null, s_location)).ShouldBeTrue();
        waiver.Applies(new LegalTarget(LegalDocumentGates.CheckIn, s_classType)).ShouldBeTrue();
        waiver.Applies(new LegalTarget(LegalDocumentGates.Booking, Guid.NewGuid(), null, s_location)).ShouldBeFalse();
        waiver.Applies(new LegalTarget(LegalDocumentGates.Purchase, s_classType, s_plan)).ShouldBeFalse();
        waiver.Applies(new LegalTarget(LegalDocumentGates.None, s_classType)).ShouldBeTrue();
    }

    [Fact]
    public void Applies_AllMembers_ForEveryTargetOfItsGates()
    {
        var terms = new LegalDocument(Guid.NewGuid(), Guid.NewGuid(), LegalDocumentKind.TermsOfMembership, "Terms", LegalDocumentScope.All, LegalDocumentGates.Purchase);

        terms.Applies(new LegalTarget(LegalDocumentGates.Purchase, PlanId: s_plan)).ShouldBeTrue();
        terms.Applies(new LegalTarget(LegalDocumentGates.Booking, s_classType)).ShouldBeFalse();
    }

    [Fact]
    public void Change_NeitherAllNorIds_OrBoth_IsInvalidDocumentScope()
    {
        Should.Throw<BusinessException>(() => new LegalDocument(Guid.NewGuid(), null, LegalDocumentKind.PrivacyNotice, "P", new LegalDocumentScope(false, [], [], []), LegalDocumentGates.None))
            .Code.ShouldBe(FormsErrorCodes.InvalidDocumentScope);
        Should.Throw<BusinessException>(() => new LegalDocument(Guid.NewGuid(), null, LegalDocumentKind.PrivacyNotice, "P", new LegalDocumentScope(true, [s_plan], [], []), LegalDocumentGates.None))
            .Code.ShouldBe(FormsErrorCodes.InvalidDocumentScope);
    }
}
