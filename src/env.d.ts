/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Glossary terms already linked on the page being rendered (first use only). */
    glossarySeen?: Set<string>;
  }
}
