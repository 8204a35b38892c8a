using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.AddMember;

internal sealed class AddMemberCommandValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberCommandValidator()
    {
        RuleFor(c => c.MemberId).NotEmpty().WithMessage("member_id is required").MaximumLength(255);
        RuleFor(c => c.Role).NotEmpty().WithMessage("role is required").MaximumLength(50);
    }
}
