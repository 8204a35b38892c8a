namespace DeFarm.Application.Common.Interfaces;

public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>False for a wrong password and for a malformed hash alike.</summary>
    bool Verify(string password, string passwordHash);
}
