/** The readable id lives in the model so that the renderer makes the same ids; this keeps the import's path to it. */
export { readableId } from '../../model/readable-id';
