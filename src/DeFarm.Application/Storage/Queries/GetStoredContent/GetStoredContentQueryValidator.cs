using FluentValidation;

namespace DeFarm.Application.Storage.Queries.GetStoredContent;

internal sealed class GetStoredContentQueryValidator : AbstractValidator<GetStoredContentQuery>
{
    public GetStoredContentQueryValidator()
    {
        // CIDv1 in base32 (multibase prefix "b", lower-case RFC 4648 alphabet), as DeFarm and IPFS write them.
        RuleFor(q => q.Cid)
            .Matches("^b[a-z2-7]{20,120}$")
            .WithMessage("Invalid CID: expected a CIDv1 in base32, such as bafkrei…");
    }
}
