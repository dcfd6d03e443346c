using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Programs;

/// <summary>The Programs module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(ProgramsDomainSharedModule))]
public sealed class ProgramsApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options =>
        {
            options.DefinitionProviders.Add(typeof(ProgramsPermissionDefinitionProvider));
            options.GrantToRole(
                "member",
                ProgramsPermissions.Exercises.Default,
                ProgramsPermissions.Workouts.Default,
                ProgramsPermissions.Tracks.Default,
                ProgramsPermissions.Assignments.Default,
                ProgramsPermissions.BodyMetrics.Default,
                ProgramsPermissions.Goals.Default,
                ProgramsPermissions.Results.Default,
                ProgramsPermissions.Leaderboards.Default);
            options.GrantToRole(
                "staff",
                ProgramsPermissions.Exercises.Default,
                ProgramsPermissions.Exercises.Create,
                ProgramsPermissions.Exercises.Update,
                ProgramsPermissions.Exercises.Delete,
                ProgramsPermissions.Workouts.Default,
                ProgramsPermissions.Workouts.Create,
                ProgramsPermissions.Workouts.Update,
                ProgramsPermissions.Workouts.Delete,
                ProgramsPermissions.Tracks.Default,
                ProgramsPermissions.Tracks.Manage,
                ProgramsPermissions.Tracks.Publish,
                ProgramsPermissions.Templates.Default,
                ProgramsPermissions.Templates.Manage,
                ProgramsPermissions.Assignments.Default,
                ProgramsPermissions.Assignments.Manage,
                ProgramsPermissions.BodyMetrics.Default,
                ProgramsPermissions.BodyMetrics.ManageDefinitions,
                ProgramsPermissions.BodyMetrics.ManageForMembers,
                ProgramsPermissions.Goals.Default,
                ProgramsPermissions.Goals.ManageForMembers,
                ProgramsPermissions.Results.Default,
                ProgramsPermissions.Results.LogForMembers,
                ProgramsPermissions.Results.ManageAll,
                ProgramsPermissions.Leaderboards.Default);
        });
    }
}
