using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Forms;

/// <summary>The Forms module's constants, enums, error codes, feature definitions and distributed events.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class FormsDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options =>
        {
            // The forms engine.
            options
                .Map(FormsErrorCodes.UnknownFormVersion, 422)
                .Map(FormsErrorCodes.UnknownForm, 422)
                .Map(FormsErrorCodes.FormNotPublished, 422)
                .Map(FormsErrorCodes.FormHasNoFields, 422)
                .Map(FormsErrorCodes.NothingToPublish, 409)
                .Map(FormsErrorCodes.SubmissionAlreadyReviewed, 409)
                .Map(FormsErrorCodes.MemberNotFound, 422);

            // Legal documents, signatures, consents, guardians and gates.
            options
                .Map(FormsErrorCodes.DocumentsToSign, 422)
                .Map(FormsErrorCodes.LegalVersionNotFound, 422)
                .Map(FormsErrorCodes.LegalVersionNotEffective, 422)
                .Map(FormsErrorCodes.LegalTextHashMismatch, 422)
                .Map(FormsErrorCodes.InvalidEffectiveDate, 422)
                .Map(FormsErrorCodes.InvalidDocumentScope, 422)
                .Map(FormsErrorCodes.TooManyLegalDocuments, 422)
                .Map(FormsErrorCodes.InvalidSignature, 400)
                .Map(FormsErrorCodes.MinorNeedsGuardian, 422)
                .Map(FormsErrorCodes.NotGuardian, 422)
                .Map(FormsErrorCodes.GuardianNotAdult, 422)
                .Map(FormsErrorCodes.InvalidGuardianLink, 422)
                .Map(FormsErrorCodes.GuardianLinkExists, 409)
                .Map(FormsErrorCodes.InvalidDateOfBirth, 422)
                .Map(FormsErrorCodes.ConsentNotGranted, 409);

            // Data subject requests, member import and export.
            options
                .Map(FormsErrorCodes.DataRequestInvalidStatus, 422)
                .Map(FormsErrorCodes.DataRequestMemberNotFound, 422)
                .Map(FormsErrorCodes.DataRequestArchiveNotAvailable, 404)
                .Map(FormsErrorCodes.DataRequestDuplicate, 409)
                .Map(FormsErrorCodes.ImportTooLarge, 413)
                .Map(FormsErrorCodes.ImportTooManyRows, 413)
                .Map(FormsErrorCodes.ImportUnsupportedContentType, 415)
                .Map(FormsErrorCodes.ImportHeaderInvalid, 400)
                .Map(FormsErrorCodes.ImportCsvMalformed, 400)
                .Map(FormsErrorCodes.ImportEmpty, 400)
                .Map(FormsErrorCodes.ImportHasInvalidRows, 422)
                .Map(FormsErrorCodes.ExportDatasetNotFound, 404);
        });
        context.Services.Configure<SettingOptions>(o => o.DefinitionProviders.Add(typeof(FormsSettingDefinitionProvider))); // Legal documents, signatures, consents, guardians and gates.
        context.Services.Configure<DistributedEventOptions>(o =>
        {
            o.EventTypes.Add<FormIssuedEto>();
            o.EventTypes.Add<LegalDocumentToSignEto>();
        });
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(FormsFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, FormsFeatures.Enabled, "false")
            .Set(EditionNames.Studio, FormsFeatures.Enabled, "true")
            .Set(EditionNames.Pro, FormsFeatures.Enabled, "true"));
    }
}
