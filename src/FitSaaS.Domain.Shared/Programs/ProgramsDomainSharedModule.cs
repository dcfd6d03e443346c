using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Programs;

/// <summary>The Programs module's constants, enums, error codes, feature definitions and distributed event types.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class ProgramsDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(ProgramsErrorCodes.UnitNotOfMetricKind, 400)
            .Map(ProgramsErrorCodes.BodyMetricValueOutOfRange, 400)
            .Map(ProgramsErrorCodes.MeasuredInFuture, 400)
            .Map(ProgramsErrorCodes.InvalidBodyMetricDefinition, 400)
            .Map(ProgramsErrorCodes.DuplicateBodyMetricName, 409)
            .Map(ProgramsErrorCodes.BodyMetricInUse, 409)
            .Map(ProgramsErrorCodes.InvalidGoalReference, 400)
            .Map(ProgramsErrorCodes.InvalidGoalScoringType, 400)
            .Map(ProgramsErrorCodes.InvalidGoalTarget, 400)
            .Map(ProgramsErrorCodes.GoalDirectionRequired, 400)
            .Map(ProgramsErrorCodes.GoalDueDateInPast, 400)
            .Map(ProgramsErrorCodes.GoalAbandoned, 409)
            .Map(ProgramsErrorCodes.GlobalWorkoutReadOnly, 422)
            .Map(ProgramsErrorCodes.UnknownExercise, 400)
            .Map(ProgramsErrorCodes.InvalidTimeCap, 400)
            .Map(ProgramsErrorCodes.WorkoutNotFound, 422)
            .Map(ProgramsErrorCodes.LocationNotFound, 422)
            .Map(ProgramsErrorCodes.ClassTypeNotFound, 422)
            .Map(ProgramsErrorCodes.DayNotPublished, 404)
            .Map(ProgramsErrorCodes.NoWorkoutForClassSession, 404)
            .Map(ProgramsErrorCodes.MemberNotFound, 422)
            .Map(ProgramsErrorCodes.InvalidDateRange, 400)
            .Map(ProgramsErrorCodes.InvalidResultTarget, 400)
            .Map(ProgramsErrorCodes.WorkoutNotPublished, 422)
            .Map(ProgramsErrorCodes.AssignmentNotForMember, 422)
            .Map(ProgramsErrorCodes.InvalidScore, 400)
            .Map(ProgramsErrorCodes.NegativeScore, 400)
            .Map(ProgramsErrorCodes.InvalidCappedScore, 400)
            .Map(ProgramsErrorCodes.ScoreAboveTimeCap, 422)
            .Map(ProgramsErrorCodes.ScaledNotAvailable, 422)
            .Map(ProgramsErrorCodes.PerformedAtInFuture, 422));
        context.Services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<WorkoutPublishedEto>());
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(ProgramsFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, ProgramsFeatures.Enabled, "true")
            .Set(EditionNames.Studio, ProgramsFeatures.Enabled, "true")
            .Set(EditionNames.Pro, ProgramsFeatures.Enabled, "true"));
    }
}
