namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>A registered job: stable name ↔ argument type ↔ handler type.</summary>
/// <param name="Name">The stable name (<see cref="BackgroundJobNameAttribute"/>).</param>
/// <param name="ArgsType">The argument type.</param>
/// <param name="JobType">The <see cref="IBackgroundJob{TArgs}"/> implementation.</param>
public sealed record BackgroundJobRegistration(string Name, Type ArgsType, Type JobType);
