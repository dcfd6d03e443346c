using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps the Programs module's entities.</summary>
public static class ProgramsModelBuilderExtensions
{
    /// <summary>Applies the Programs module's entity configurations.</summary>
    public static void ConfigurePrograms(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        // Stored as JSON text by value converters, never as entities of their own.
        modelBuilder.Ignore<WorkoutSection>();
        modelBuilder.Ignore<WorkoutMovement>();
        modelBuilder.Ignore<MovementPrescription>();
        modelBuilder.Ignore<WorkoutSnapshot>();
        modelBuilder.Ignore<ProgramTemplateDay>();
        modelBuilder.ApplyConfiguration(new ExerciseConfiguration());
        modelBuilder.ApplyConfiguration(new BodyMetricDefinitionConfiguration());
        modelBuilder.ApplyConfiguration(new BodyMetricEntryConfiguration());
        modelBuilder.ApplyConfiguration(new GoalConfiguration());
        modelBuilder.ApplyConfiguration(new WorkoutConfiguration());
        modelBuilder.ApplyConfiguration(new TrackConfiguration());
        modelBuilder.ApplyConfiguration(new PublishedWorkoutConfiguration());
        modelBuilder.ApplyConfiguration(new ProgramTemplateConfiguration());
        modelBuilder.ApplyConfiguration(new WorkoutAssignmentConfiguration());
        modelBuilder.ApplyConfiguration(new WorkoutResultConfiguration());
    }
}
