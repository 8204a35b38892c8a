namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Turns a storage-specific failure (a unique violation, a lost connection) into one of the application's
/// exceptions, so the API maps it without knowing the storage technology.
/// </summary>
public interface IExceptionTranslator
{
    /// <returns>The application exception, or <c>null</c> when the exception is not a storage failure.</returns>
    Exception? Translate(Exception exception);
}
