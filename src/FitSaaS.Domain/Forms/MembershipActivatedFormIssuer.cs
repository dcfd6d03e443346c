using FitSaaS.Billing;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Features;

namespace FitSaaS.Forms;

/// <summary>
/// Handles Billing's <see cref="MembershipStatusChangedEto"/>: when a membership becomes <see cref="MembershipStatus.Active"/> for the first time
/// (from no status or <see cref="MembershipStatus.Pending"/>; returning from past due or a freeze is no new start),
/// issues every published form flagged <see cref="Form.IssueOnMembershipActivation"/> to the member, unless the member already
/// has a pending issue of it (so a redelivered event, or a second activation, issues nothing more). Nothing is issued while the gym has <see cref="FormsFeatures.Enabled"/> off. Runs in the event's tenant
/// and unit of work; two deliveries at the same moment conflict on the pending issue's unique index and the bus retries the loser.
/// </summary>
public sealed class MembershipActivatedFormIssuer(IFormRepository forms, FormManager formManager, IFeatureChecker features, TimeProvider clock)
    : IDistributedEventHandler<MembershipStatusChangedEto>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(MembershipStatusChangedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Status != MembershipStatus.Active || eventData.PreviousStatus is not (null or MembershipStatus.Pending) ||
            !await features.IsEnabledAsync(FormsFeatures.Enabled, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var form in await forms.GetIssuedOnMembershipActivationAsync(cancellationToken))
        {
            await formManager.IssueAsync(form, eventData.MemberUserId, IssuedFormSource.MembershipActivated, null, eventData.MembershipId, null, now, cancellationToken);
        }
    }
}
