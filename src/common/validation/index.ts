export { createValidationPipe, validateDto, fieldProblems, IsNotBlank, ExactlyOneOf } from './validation';
export { AcceptsContentType, ContentTypeGuard } from './content-type.guard';
