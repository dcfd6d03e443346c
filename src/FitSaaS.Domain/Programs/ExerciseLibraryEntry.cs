namespace FitSaaS.Programs;

/// <summary>One exercise read from the free-exercise-db dataset, already mapped to the domain's vocabulary.</summary>
/// <param name="SourceId">The dataset's <c>id</c> (e.g. <c>Barbell_Squat</c>).</param>
/// <param name="Name">The dataset's <c>name</c>.</param>
/// <param name="Details">Category, level, force, mechanic, equipment, muscles and instructions.</param>
public sealed record ExerciseLibraryEntry(string SourceId, string Name, ExerciseDetails Details);
