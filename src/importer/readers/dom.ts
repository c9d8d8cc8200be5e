/**
 * The few DOM features the HTML, .docx and .odt readers use, typed here so
 * the readers do not depend on the browser's DOM typings. linkedom's nodes
 * (HTML and XML alike) satisfy these.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  appendChild(node: DomNode): unknown;
  insertBefore(node: DomNode, before: DomNode | null): unknown;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  createElement(tagName: string): DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Child elements as an array. */
export function childElements(el: DomElement | DomDocument): DomElement[] {
  return Array.from(('children' in el ? el.children : el.documentElement.children) as ArrayLike<DomElement>);
}

/** linkedom's parser for XML (the zip parts of .docx and .odt): element names keep their prefixes (w:p, text:p). */
export interface XmlParser {
  parseFromString(text: string, type: 'text/xml' | 'text/html'): unknown;
}
