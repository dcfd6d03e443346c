using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps the Programs module's entities.</summary>
public static class ProgramsModelBuilderExtensions
{
    /// <summary>Applies the Programs module's entity configurations.</summary>
    public static void ConfigurePrograms(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new ExerciseConfiguration());
        modelBuilder.ApplyConfiguration(new WorkoutResultConfiguration());
    }
}
