using FitSaaS.Framework.Authorization;

namespace FitSaaS.Programs;

/// <summary>
/// Defines the Programs permissions: reading the libraries on both sides; managing custom exercises and workouts, tracks,
/// templates, assignments, results, leaderboards, body metrics and goals on the tenant side.
/// </summary>
public sealed class ProgramsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(ProgramsPermissions.GroupName, "Programs");
        var exercises = group.AddPermission(ProgramsPermissions.Exercises.Default, "Exercise library", MultiTenancySides.Both);
        exercises.AddChild(ProgramsPermissions.Exercises.Create, "Create custom exercises", MultiTenancySides.Tenant);
        exercises.AddChild(ProgramsPermissions.Exercises.Update, "Edit custom exercises", MultiTenancySides.Tenant);
        exercises.AddChild(ProgramsPermissions.Exercises.Delete, "Delete custom exercises", MultiTenancySides.Tenant);

        var bodyMetrics = group.AddPermission(ProgramsPermissions.BodyMetrics.Default, "Body metrics (own)", MultiTenancySides.Tenant);
        bodyMetrics.AddChild(ProgramsPermissions.BodyMetrics.ManageDefinitions, "Define the gym's body metrics", MultiTenancySides.Tenant);
        bodyMetrics.AddChild(ProgramsPermissions.BodyMetrics.ManageForMembers, "Manage members' body metrics", MultiTenancySides.Tenant);

        var goals = group.AddPermission(ProgramsPermissions.Goals.Default, "Goals (own)", MultiTenancySides.Tenant);
        goals.AddChild(ProgramsPermissions.Goals.ManageForMembers, "Manage members' goals", MultiTenancySides.Tenant);

        var workouts = group.AddPermission(ProgramsPermissions.Workouts.Default, "Workout library", MultiTenancySides.Both);
        workouts.AddChild(ProgramsPermissions.Workouts.Create, "Create workouts", MultiTenancySides.Tenant);
        workouts.AddChild(ProgramsPermissions.Workouts.Update, "Edit workouts", MultiTenancySides.Tenant);
        workouts.AddChild(ProgramsPermissions.Workouts.Delete, "Delete workouts", MultiTenancySides.Tenant);
        var tracks = group.AddPermission(ProgramsPermissions.Tracks.Default, "Tracks and published workouts", MultiTenancySides.Tenant);
        tracks.AddChild(ProgramsPermissions.Tracks.Manage, "Manage tracks", MultiTenancySides.Tenant);
        tracks.AddChild(ProgramsPermissions.Tracks.Publish, "Publish workouts", MultiTenancySides.Tenant);
        var templates = group.AddPermission(ProgramsPermissions.Templates.Default, "Program templates", MultiTenancySides.Tenant);
        templates.AddChild(ProgramsPermissions.Templates.Manage, "Manage program templates", MultiTenancySides.Tenant);
        var assignments = group.AddPermission(ProgramsPermissions.Assignments.Default, "Own workout assignments", MultiTenancySides.Tenant);
        assignments.AddChild(ProgramsPermissions.Assignments.Manage, "Assign workouts to members", MultiTenancySides.Tenant);

        var results = group.AddPermission(ProgramsPermissions.Results.Default, "Own results and personal records", MultiTenancySides.Tenant);
        results.AddChild(ProgramsPermissions.Results.LogForMembers, "Log and read members' results", MultiTenancySides.Tenant);
        results.AddChild(ProgramsPermissions.Results.ManageAll, "Change and delete members' results", MultiTenancySides.Tenant);
        group.AddPermission(ProgramsPermissions.Leaderboards.Default, "Leaderboards", MultiTenancySides.Tenant);
    }
}
