import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { ClaimMark } from "./claim-mark";
import { ForeignRunMark } from "./foreign-run-mark";

/** The one extensions list for the article reader and for server-side rendering. */
export const articleExtensions = [Document, Paragraph, Text, ClaimMark, ForeignRunMark];
