using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Forms;

/// <summary>
/// The Forms module's aggregates, domain services and repository contracts: forms and their immutable versions, submissions,
/// legal documents with versions and signatures, consents, guardians, and data subject requests.
/// </summary>
[DependsOn(typeof(FormsDomainSharedModule), typeof(Identity.IdentityDomainModule), typeof(Bookings.BookingsDomainModule), typeof(Billing.BillingDomainModule))]
public sealed class FormsDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Data subject requests, member import and export.
        context.Services.AddOptions<MemberImportOptions>().BindConfiguration(MemberImportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
    }
}
